import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../src/report/sha256.js";

const reference = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("gives the digests of the FIPS 180-4 examples (NIST CSRC example values)", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("pads at every length around a block boundary as node:crypto does", () => {
    for (let n = 0; n <= 200; n++) {
      const text = "x".repeat(n);
      expect(sha256Hex(text), `length ${n}`).toBe(reference(text));
    }
  });

  it("hashes the UTF-8 bytes: multi-byte characters, astral characters and lone surrogates (as U+FFFD)", () => {
    for (const text of ["é", "naïve — “quoted” …", "🦜 model card", "\ud800", "a\udc00b", "\u0000\u0000", "ﬀ".repeat(100)]) {
      expect(sha256Hex(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it("agrees with node:crypto on any string, including after a long one grew its buffer", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (text) => sha256Hex(text) === reference(text)),
      { numRuns: 2000 },
    );
    expect(sha256Hex("z".repeat(100_000))).toBe(reference("z".repeat(100_000)));
    expect(sha256Hex("short")).toBe(reference("short"));
  });
});
