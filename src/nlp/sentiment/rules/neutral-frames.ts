// Frames that make a message neutral even when wink-nlp finds charged words in it:
// questions (rules/question-pattern.ts: "does the warranty cover water damage?" is not angry),
// wishes and feature requests ("would be great if you added dark mode" is a request, not
// praise), matter-of-fact reports ("FYI the link in your bio leads to a 404") and bare
// acknowledgements ("ok", "ok thanks": always neutral).
// In these frames, when no complaint cue matches, the praise (wink's and ours) is damped.

export const wishFrame = /\b(?:would|it'?d|that'?d) (?:be )?(?:great|nice|cool|awesome|helpful|amazing|lovely)\b|\bwould love (?:to see|if|a|an|some)\b|\b(?:please|pls|plz|could you|can you|can u) (?:add|bring|make|let|support|allow|include)\b|\bfeature (?:request|idea)\b|\bsuggestion\b|\bany chance\b/;
export const reportFrame = /^(?:fyi|heads up|psa|following up|just following up|found a bug|bug:|small bug|minor bug|not sure if (?:it'?s )?a bug)/;
export const acknowledgement = /^(?:ok(?:ay)?|k|kk|noted|sure|got it|will do|alright|cool)[\s,.!]*(?:thanks?|thx|ty|thank you)?[\s,.!]*$/;
/** How much of the praise (wink's and ours) survives in a neutral frame. */
export const dampedWinkShare = 0.2;
