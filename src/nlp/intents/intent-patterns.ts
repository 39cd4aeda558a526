// Patterns for the intents that are not sentiment: bug report and feature request (questions:
// rules/question-pattern.ts; complaint and praise follow the sentiment; spam: spam-signals.ts).
// Matched against normaliseForRules(text).

// Technical failures: always a bug report.
export const bugStrong = /\b(?:bug|bugs|crash(?:es|ed|ing)?|glitch\w*|freez(?:es|ing)|froze|error(?: message)?s?|404|50[0-4]|outages?|lag(?:s|gy|ging)|unresponsive|unplayable|unusable|won'?t (?:even )?(?:open|load|start|launch|sync)|can'?t (?:log ?in|sign ?in|login)|logs? me out|keeps? (?:crashing|logging me out|resetting|skipping|freezing)|closes itself|flicker(?:s|ing)?|skipping)\b/;
// "Thanks for fixing the bug" reports no bug.
export const bugFixed = /\b(?:fix(?:ed|ing)?|solved|resolved|sorted) (?:the |that |my |this )?(?:bug|issue|problem|crash|glitch|error)/;
// Failures that are bug reports only about something technical ("arrived broken" is shipping).
export const bugWeak = /\b(?:broken|broke|breaks|not working|doesn'?t work|does not work|didn'?t work|stopped (?:working|charging)|(?:is|are|went|goes) down|down again|deleted|resets|wrong (?:date|time|timezone)|shows? (?:the )?wrong|leads? to|lands? in spam|locked|slower|slow|dead|die|died|dies|leaking|losing|still see|does nothing|need \d+ ?gb)\b/;
export const technicalThing = /\b(?:app|apps|site|website|web ?site|page|link|links|login|log ?in|password|checkout|payment|sync|update|updated|patch|version|firmware|server|servers|button|feature|widget|notifications?|bluetooth|wifi|battery|screen|charger|chargers|account|promo code|code|toggle|dark mode|email|tracking|ui|ads|thermostat|machine|camera|headphones|earbuds|speaker|laptop|device|console|controller|printer|chat|calendar|export|upload|download|phone|tv|watch|brightness|settings?|\d+(?:\.\d+)+)\b/;

export const featureRequestPattern = /\b(?:would|it'?d|that'?d) (?:be )?(?:great|nice|cool|awesome|helpful|amazing|lovely) (?:if|to)\b|\bwould love (?:to see|if|a|an|some)\b|\b(?:please|pls|plz|could you|can you|can u|you should|why not) (?:guys )?(?:add|bring|make|let|support|allow|include|offer)\b|\bfeature (?:request|idea)\b|\bsuggestion:|\bany chance (?:of|for|you)\b|\bbring back\b|\bany plans (?:to|for)\b|\b(?:add|need) (?:an? )?(?:option|way|setting|button) to\b|\bwhy (?:did|would) (?:you|they) remove\b|\b(?:removed?|remove|got rid of) the (?:\w+ )?(?:feature|option|button)\b|\blet us (?:mute|schedule|export|choose|pick|filter)\b|\b(?:add|offer) (?:a|an) (?:\w+ )?(?:option|plan|mode|version)\b/;
