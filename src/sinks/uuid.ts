// Name-based UUIDs (RFC 9562 version 5, SHA-1): the same names give the same UUID, so the same
// report gives the same OSCAL document, byte for byte. node:crypto has only random UUIDs.
import { crypto } from "../lazy-builtins.js";

/** The URL namespace of RFC 9562 (Appendix A). */
export const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
/** The namespace of aigis's OSCAL identifiers: uuidv5 of the project's OSCAL URL in the URL namespace,
 * written out so that a run that writes no OSCAL does not load node:crypto (test/oscal.test.ts). */
export const AIGIS_NAMESPACE = "5655caf8-3670-5c49-82c3-e58a99c59158";

export function uuidv5(name: string, namespace: string = AIGIS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const bytes = crypto().createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A UUID for an object of `kind` named by `parts` (joined unambiguously). */
export function stableUuid(kind: string, ...parts: (string | number | null)[]): string {
  return uuidv5(JSON.stringify([kind, ...parts]));
}
