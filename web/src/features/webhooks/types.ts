// Shapes of the webhook API's answers, as declared in src/http/routes/webhooks.ts.
export type Webhook = { id: string; name: string; url: string; events: string[]; active: boolean; createdAt: string };
export type CreatedWebhook = Webhook & { secret: string };
export type WebhookInput = { name: string; url: string; events: string[] };
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
export type WebhookDelivery = {
  id: string;
  webhookId: string;
  event: string;
  payload: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
};
