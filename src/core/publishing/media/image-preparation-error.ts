// Why an image cannot be prepared for a channel. The publishing use-cases turn it into an AppError
// ('validation_failed' with this code in details) where the manager uploads or attaches the image.
export type ImagePreparationCode = 'image_unreadable' | 'image_cannot_fit';

export class ImagePreparationError extends Error {
  readonly code: ImagePreparationCode;
  constructor(code: ImagePreparationCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImagePreparationError';
    this.code = code;
  }
}
