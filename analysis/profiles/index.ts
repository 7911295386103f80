import { reels } from './reels.js';
import { shorts } from './shorts.js';
import { tiktok } from './tiktok.js';
import { tiktokAds } from './tiktok-ads.js';
import type { Profile, ProfileId } from './types.js';

export const PROFILES: readonly Profile[] = [tiktok, tiktokAds, reels, shorts];
export const DEFAULT_PROFILE_ID: ProfileId = 'tiktok';

export function profileIds(): string[] {
  return PROFILES.map((profile) => profile.id);
}

export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((profile) => profile.id === id);
}

export function getProfile(id: string): Profile {
  const profile = findProfile(id);
  if (!profile) throw new Error(`Unknown profile "${id}". Choose one of: ${profileIds().join(', ')}.`);
  return profile;
}

export type { Profile, ProfileId } from './types.js';
