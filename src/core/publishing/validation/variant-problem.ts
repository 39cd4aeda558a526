// The problems the composer shows under a channel's variant. Codes are stable (the web, the API
// and the scheduler branch on them); messages are written for the social media manager.

export type VariantProblemCode =
  | 'post_empty'
  | 'text_too_long'
  | 'text_too_many_bytes'
  | 'media_not_supported'
  | 'too_many_media'
  | 'mixed_media_not_allowed'
  | 'media_type_not_allowed'
  | 'media_too_large'
  | 'alt_text_missing'
  | 'daily_cap_reached';

export type VariantProblem = {
  code: VariantProblemCode;
  message: string;
  /** Where to show it: 'text', 'media', 'media[2]', 'media[2].altText' or 'dailyCap'. */
  field: string;
};

export const problem = (code: VariantProblemCode, field: string, message: string): VariantProblem => ({
  code,
  field,
  message,
});
