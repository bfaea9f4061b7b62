import { z } from 'zod';
import type { ReviewerProfile } from '../model.js';
import { empty, method } from './define.js';

const text = z.string().trim().max(200).nullable().optional();
const url = z.string().trim().url().max(2000).or(z.literal('')).nullable().optional();

export const profileMethods = {
  /** The reviewer profile; fields never set are absent. */
  'profile.get': method<ReviewerProfile>()(empty),
  /** Only the fields given change; null or an empty string clears one. */
  'profile.set': method<ReviewerProfile>()(
    z.strictObject({ name: text, organization: text, organizationUrl: url, publishBaseUrl: url }),
  ),
} as const;
