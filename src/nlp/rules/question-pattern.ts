// A question: a question mark outside links, an opening interrogative (not "can't", not the
// exclamations "what a day!" and "how cool is that"), or a request for help. Shared by the
// question intent and the sentiment's neutral frame. Matched against normaliseForRules(text).
export const questionPattern = /(?<!(?:https?:\/\/|www\.)\S*)\?|^¿|^(?:how(?! (?:cool|nice|great|awesome|amazing|lovely|sweet|good|fun)\b)|what(?! an? )|when|where|which|who|whom|whose|why|is|are|do(?! not\b)|does|did|can|could|will|would(?! love\b| be\b)|should|has|have|any(?:one|body)? (?:know|news|update|idea))\b(?!'t)|\b(?:how (?:do|can|long|many|much) (?:i|we|you)|is there (?:a|an|any)|i was wondering|wondering if|can (?:i|we|you|someone|somebody) (?:help|tell|explain))\b/;
