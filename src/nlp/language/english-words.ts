// Common English words that are not words in the other languages tinyld knows well ("in", "a",
// "me", "no", "so", "die", "an", "am", "on", "do", "he", "will", "was", "also", "want", "come",
// "fast", "help" are left out: German, Dutch, Spanish, Italian...), nor loanwords used
// everywhere ("ok", "lol", "app", "update", "support"). A message with enough of them is
// English without asking tinyld, which is slow (~200 µs a message) and unreliable on short
// English ("The customer service rep was patient and kind" comes out as Klingon).
export const englishWords = new Set([
  'the', 'and', 'i', 'is', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'does', 'did', 'my', 'your',
  'you', 'it', 'its', "it's", 'this', 'that', 'these', 'those', 'with', 'for', 'of', 'to', 'from', 'what', 'how',
  'why', 'when', 'where', 'which', 'who', 'just', 'please', 'pls', 'thanks', 'thank', 'thx', 'can', "can't", 'cant',
  "don't", 'dont', "doesn't", "didn't", "won't", "isn't", "wasn't", "aren't", "haven't", "hasn't", "couldn't",
  "wouldn't", "shouldn't", "i'm", 'im', "i've", "i'll", "i'd", "you're", "you've", "we're", "they're", "that's",
  "what's", "there's", "let's", 'not', 'would', 'could', 'should', 'our', 'they', 'there', 'their', 'them', 'at',
  'or', 'but', 'if', 'any', 'anyone', 'get', 'got', 'still', 'again', 'after', 'since', 'about', 'because', 'now',
  'out', 'up', 'off', 'too', 'than', 'then', 'into', 'we', 'us', 'she', 'him', 'his', 'all', 'some', 'only', 'very',
  'really', 'much', 'many', 'more', 'such', 'ever', 'every', 'never', 'new', 'yes', 'yeah', 'like', 'know', 'need',
  'make', 'see', 'time', 'one', 'way', 'back', 'going', 'well', 'here', 'today', 'yesterday', 'tomorrow', 'week',
  'weeks', 'day', 'days', 'love', 'great', 'good', 'bad', 'best', 'worst', 'amazing', 'awesome', 'wrong', 'sent',
  'late', 'order', 'customer', 'shipping', 'delivery', 'refund', 'store', 'work', 'works', 'working',
  // Words of customer conversations (the same care: no "service", "problem", "error", "perfect",
  // "plan", "color", "red", "sale", "terrible", "minutes", "team", "open", "post").
  'coffee', 'town', 'hands', 'down', 'product', 'arrived', 'broken', 'broke', 'crushed', 'third', 'screen',
  'recommend', 'always', 'dear', 'nice', 'quality', 'happy', 'birthday', 'absolutely', 'furious', 'flight',
  'delayed', 'hour', 'hours', 'night', 'tonight', 'morning', 'request', 'shortcuts', 'shows', 'launch', 'congrats',
  'tickets', 'include', 'includes', 'lunch', 'free', 'win', 'investment', 'guaranteed', 'money', 'needed',
  'ordered', 'small', 'twice', 'notch', 'followers', 'holiday', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'fixed', 'fix', 'issue', 'account', 'package', 'parcel', 'delivered', 'shipped',
  'ship', 'phone', 'waiting', 'wait', 'everyone', 'everything', 'something', 'nothing', 'anything', 'someone',
  'nobody', 'somebody', 'thing', 'things', 'people', 'loved', 'wanted', 'cancel', 'cancelled', 'subscription',
  'charged', 'bill', 'price', 'cheap', 'expensive', 'worth', 'buy', 'bought', 'went', 'came', 'said', 'told',
  'asked', 'answer', 'reply', 'replied', 'hear', 'heard', 'think', 'thought', 'feel', 'look', 'looks', 'take',
  'took', 'give', 'keep', 'try', 'tried', 'use', 'used', 'using', 'crash', 'crashes', 'crashing', 'password', 'old',
  'first', 'next', 'slow', 'quick', 'quickly', 'soon', 'yet', 'already', 'ago', 'month', 'months', 'year', 'years',
  'finally', 'actually', 'literally', 'honestly', 'totally', 'yay', 'sorry', 'hope', 'glad', 'sad', 'angry',
  'disappointed', 'ridiculous', 'useless', 'beautiful', 'lovely', 'cute', 'comfy', 'tasty', 'enjoy', 'enjoyed',
  'proud', 'welcome', 'community', 'meetup', 'size', 'colour', 'black', 'white', 'blue', 'sold', 'available',
  'discount', 'address', 'number', 'invoice', 'replacement', 'awful', 'stuck', 'lost', 'missing', 'wrong',
]);
/** At least this many of those words, and this share of the message's words. */
export const minEnglishHits = 2;
export const minEnglishShare = 0.2;
