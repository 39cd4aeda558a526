// Situations that make a message a complaint whatever its words say: "great, my order is late
// again" carries a positive word, but a late order is the fact that matters. Each cue subtracts
// its weight from the score; they also trigger the sarcasm reading (sarcasm-cues.ts).
// Text is normalised first (lower case, plain quotes): see rules/normalise-text.ts.
import { ruleTable, type Rule } from '../../rules/rule-table.ts';

const n = "(?:n'?t|not)"; // don't / dont / do not

export const complaintRules: readonly Rule[] = [
  // Waiting and things that never came.
  { pattern: /\b(?:still|been|keep|left) waiting\b/, weight: -0.6, why: 'waiting past what was promised' },
  { pattern: /\bnever (?:arrived|came|showed up|happened|got (?:it|my|a|an)|received|delivered|answered|replied|called|shipped)\b/, weight: -0.6, why: 'something promised never happened' },
  { pattern: new RegExp(`\\b(?:has|have|did|is|was)${n} (?:yet )?(?:arrived|come|shown up|shipped|been (?:delivered|shipped|refunded))\\b`), weight: -0.6, why: 'an order that has not arrived' },
  { pattern: /\bstill (?:no|nothing|not|hasn'?t|haven'?t|isn'?t|doesn'?t|broken|down|charging|waiting|see|seeing|get|getting|have|having|the same)\b/, weight: -0.5, why: '"still no ...": a problem that persists' },
  { pattern: /\b(?:no|zero|without any|without an?|never got an?) (?:refund|reply|response|answer|info|information|update|explanation|callback|call back|vouchers?|apology|help|signal|service|internet|connection|wifi|legroom)\b/, weight: -0.5, why: 'something owed is missing' },
  { pattern: /\brefund\b[^.!?]{0,40}\b(?:still|processing|rejected|denied|refused|pending|weeks?|months?|slow\w*|waiting|yet)\b|\b(?:waiting|wait|weeks?|months?) (?:for|on) (?:a|my|the) refund\b|\b(?:where is|where'?s) my (?:refund|order|package|parcel)\b/, weight: -0.5, why: 'a refund or order that is late' },
  { pattern: /\b(?:want|need|demand|asking for|request(?:ing)?|expect) (?:a|my|the|full) (?:refund|money back)\b|\b(?:refund me|(?:give|send) me my money back)\b/, weight: -0.5, why: 'asking for their money back' },
  { pattern: /\b(?:on hold|hold music)\b|\b(?:waited|waiting|hold) (?:for )?\d+ ?(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\b/, weight: -0.5, why: 'kept waiting by support' },
  { pattern: /\b(?:late again|(?:is|are|was|so|very|running|arrived|came|weeks?|days?|months?|hours?) late)\b|\bdelay(?:ed|s)?\b|\boverdue\b/, weight: -0.4, why: 'late or delayed (not "sorry for the late reply")' },
  // Money.
  { pattern: /\b(?:charged|billed)(?: me)? (?:twice|double|again|two times|for)\b|\bdouble[- ]charged\b|\bbilled me\b|\bovercharg\w*/, weight: -0.5, why: 'charged wrongly' },
  { pattern: /\b(?:price increase|more expensive|pay more|hidden fees?|higher this month|charges of|rip-?off|cost more than|pay(?:ing)? extra)\b/, weight: -0.4, why: 'paying more than expected' },
  { pattern: /\bcancel(?:l?ing|l?ed)? (?:my|the|our) (?:subscription|account|order|membership|plan|contract|flight|booking)\b|\b(?:got|was|been|is) cancell?ed\b|\bunsubscribe me\b/, weight: -0.4, why: 'leaving, or something cancelled on them' },
  // Things that are broken.
  { pattern: /\b(?:broken|broke|busted|faulty|defective|damaged|cracked|crushed|leaking|leaks|breaks|all dead|is dead|died|dies|to die)\b/, weight: -0.5, why: 'broken or damaged' },
  { pattern: /\b(?:crash(?:es|ed|ing)?|freez(?:es|ing)|froze|lag(?:s|gy|ging)|glitch(?:y|es|ing)?|bugg(?:y|ed)|unusable|unplayable|unresponsive|flicker(?:s|ing)?|skipping)\b/, weight: -0.5, why: 'software or device failing' },
  { pattern: new RegExp(`\\b(?:does|do|did|wo|ca|is|are|was)${n} (?:even )?(?:work|load|open|charge|apply|sync|connect|start|turn on|find)\\w*|\\b(?:not|stopped|stops|never) (?:work|load|charg|apply|sync|connect)\\w*|\\bca${n} (?:log ?in|sign ?in|login|access|find)\\b`), weight: -0.5, why: 'does not work' },
  { pattern: /\b(?:error(?: message)?s?|outages?|(?:is|are|went|goes|down) down|down again|keeps? (?:logging|kicking) me out|logs? me out|locked|suspended|hacked|deleted (?:all|my)|fell (?:apart|off)|falls apart|stopped (?:working|charging))\b/, weight: -0.4, why: 'errors, outages, lost accounts or data' },
  { pattern: /\b(?:lost|missing|wrong (?:size|item|order|address|colou?r|product|one))\b|\bto someone else'?s? (?:house|address|door)\b/, weight: -0.5, why: 'lost or wrong delivery' },
  { pattern: /\b(?:out of stock|sold out)\b/, weight: -0.3, why: 'cannot buy it' },
  { pattern: /\b(?:discontinu\w+|removed?|got rid of|took away|bring back)\b/, weight: -0.3, why: 'something they liked was taken away' },
  { pattern: /\b(?:impossible to|so hard to|no way to|nobody|no one|noone|none of)\b/, weight: -0.4, why: 'blocked, or nobody helping' },
  { pattern: /\bwithout (?:solving|fixing|any (?:explanation|notice|warning|reason)|explanation|notice|warning)\b|\b\d+ hours?'? notice\b/, weight: -0.4, why: 'done to them without a reason or warning' },
  { pattern: /\bwithout (?:solving|fixing|any (?:explanation|notice|warning|reason)|(?:explanation|notice|warning|reason))\b|\bfor no reason\b|\b\d+ hours?'? notice\b/, weight: -0.4, why: 'done to them without a reason or warning' },
  { pattern: /\b(?:stale|burnt|dirty|expired|cold food|hygiene)\b/, weight: -0.3, why: 'bad product quality' },
  { pattern: /\b(?:slower|worse)\b|\b(?:so|too|how|very|painfully|really|super) slow\b|\bslow (?:delivery|shipping|support|service|response|refund)\b/, weight: -0.4, why: 'slow, or worse than before' },
  { pattern: /\blos(?:ing|es) (?:the |my )?(?:connection|signal|bluetooth|wifi|data|progress|files?|photos?)\b/, weight: -0.4, why: 'losing data or connection' },
  // Verdicts wink-nlp scores too weakly or misses.
  { pattern: /\b(?:useless|unacceptable|ridiculous|a joke|scam|disgrace\w*|shameful|ashamed|disgusted|pathetic|worst|terrible|horrible|awful|rude|furious|annoy(?:ed|ing)|frustrat(?:ed|ing)|disappoint(?:ed|ing|ment)|meh|ugh|wtf|smh|not (?:happy|impressed|worth|good|great|ok|okay)|do not buy|don'?t buy)\b/, weight: -0.6, why: 'a plain negative verdict' },
  { pattern: /\b(?:never (?:ordering|buying|again|flying|using)|(?:lost|losing) a customer|done with you|i'?m done)\b/, weight: -0.6, why: 'leaving the brand' },
  { pattern: /\bfor the (?:\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|nth|hundredth|millionth) time\b|\b\d+ times\b/, weight: -0.4, why: 'made to do it over and over' },
  { pattern: /\b(?:\d+(?:st|nd|rd|th)?|third|fourth|fifth|another|every single|every) time\b|\banother (?:day|outage|update|price|weekend|survey)\b|\bagain\b|\btwice\b/, weight: -0.15, why: 'repetition: the same problem again (weak alone: "would buy again")' },
  { pattern: /\b(?:it'?s been|took|for|after|since) (?:\d+|a|two|three|four|five|six) (?:days?|weeks?|months?|hours?)\b|\bsince (?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|last \w+)\b/, weight: -0.2, why: 'a duration: how long it has been (weak alone)' },
  { pattern: /\?\?|\?!|!\?/, weight: -0.15, why: 'exasperated punctuation' },
  { pattern: /\bhave you tried\b|\bturn(?:ed|ing)? it off and on\b/, weight: -0.4, why: 'quoting the support script back' },
  { pattern: /\b(?:a|the same|by a) bot\b|\bautomated (?:reply|answer|response)\b|\b(?:a|to a) human\b/, weight: -0.3, why: 'could not reach a person' },
  { pattern: /\bthis is how you treat\b|\bfor (?:some|no) reason\b|\b(?:is|are|was) actually\b/, weight: -0.3, why: 'reproach, or a claim against reality ("the 24h response is actually 6 days")' },
  { pattern: /\bwhy (?:did|do|does|is|are|would) (?:you|it|my|the)\b/, weight: -0.2, why: '"why did you ...": usually reproach' },
];

export const complaintCues = ruleTable(complaintRules);
