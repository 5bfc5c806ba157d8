import { createHash, createHmac, randomBytes } from 'crypto';

/** API keys are recognisable by their prefix, so the request middleware never reads them as a JWT. */
export const API_KEY_PREFIX = 'rpk_';

export const newApiKey = () => `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

/** A 256-bit random key needs no slow hash: SHA-256 is enough to make the stored value useless. */
export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** `v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>`, as the /api/docs page documents. */
export const webhookSignature = (secret: string, timestamp: string, body: string) =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** The delivery id the platform dedupes by: unguessable, in the contract's format. */
export const newDeliveryId = () => `dlv_${randomBytes(16).toString('hex')}`;
