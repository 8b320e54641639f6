'use client';
/**
 * Which session dialog shows: the provider renders a default `<SessionExpiredDialog/>` only while
 * no explicit one is mounted under it, so an app that renders its own never gets two.
 */
import { createContext } from 'react';

/** Counts the explicit dialogs mounted under a provider (+1 on mount, -1 on unmount). */
export const DialogClaims = createContext<((delta: 1 | -1) => void) | null>(null);
/** True inside the provider's own default dialog, which claims nothing. */
export const DefaultDialog = createContext(false);
