// Every format family aigis reads. Adding a format is a folder under formats/ whose format.ts
// declares a FormatFamily, plus one line here; discovery, classification, reading and fail-closed
// reporting all go through this list.
import type { FormatFamily } from "./format.js";
import { agent } from "./formats/agent/format.js";
import { croissant } from "./formats/croissant/format.js";
import { cyclonedx } from "./formats/cyclonedx/format.js";
import { dps } from "./formats/dps/format.js";
import { governance } from "./formats/governance/format.js";
import { huggingface } from "./formats/huggingface/format.js";
import { mct } from "./formats/mct/format.js";
import { spdx3 } from "./formats/spdx3/format.js";

/** In this order where two recognisers share a rank (content tests: a BOM before a JSON-LD graph). */
export const FAMILIES: readonly FormatFamily[] = [huggingface, cyclonedx, spdx3, croissant, mct, dps, governance, agent];
