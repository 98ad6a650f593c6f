// The structure of Model Card Toolkit JSON v0.0.1 and v0.0.2 (tensorflow/model-card-toolkit
// schema/v0.0.x/model_card.schema.json), restated for the checks aigis runs at read time.
import { anyOf, arr, obj, type Shape } from "../../../parse/shape-check.js";

const s = "string" as const;
const graphics = obj({ description: s, collection: arr(obj({ name: s, image: s })) });
const risk = obj({ name: s, mitigation_strategy: s });

export const MCT_V1: Shape = obj(
  {
    schema_version: s,
    model_details: obj({
      name: s,
      overview: s,
      owners: arr(obj({ name: s, contact: s })),
      version: obj({ name: s, date: s, diff: s }),
      license: s,
      references: arr(s),
      citation: s,
    }),
    model_parameters: obj({
      model_architecture: s,
      data: obj({ train: obj({ name: s, link: s, sensitive: "boolean", graphics }), eval: obj({ name: s, link: s, sensitive: "boolean", graphics }) }),
      input_format: s,
      output_format: s,
    }),
    quantitative_analysis: obj({
      performance_metrics: arr(
        obj(
          { type: s, value: anyOf("number", s), slice: s, threshold: "number", confidence_interval: obj({}, { required: ["lower_bound", "upper_bound"] }) },
          { required: ["type"] },
        ),
      ),
      graphics,
    }),
    considerations: obj({ users: arr(s), use_cases: arr(s), limitations: arr(s), tradeoffs: arr(s), ethical_considerations: arr(risk) }),
  },
  { required: ["model_details"], closed: true },
);

const described = arr(obj({ description: s }));
const keyvals = arr(obj({ key: s, value: s }));

export const MCT_V2: Shape = obj(
  {
    schema_version: s,
    model_details: obj({
      name: s,
      overview: s,
      documentation: s,
      owners: arr(obj({ name: s, contact: s })),
      version: obj({ name: s, date: s, diff: s }),
      licenses: arr(obj({ identifier: s, custom_text: s })),
      references: arr(obj({ reference: s })),
      citations: arr(obj({ style: s, citation: s })),
      path: s,
    }),
    model_parameters: obj({
      model_architecture: s,
      data: arr(obj({ name: s, link: s, sensitive: obj({ sensitive_data: arr(s) }), graphics, description: s })),
      input_format: s,
      input_format_map: keyvals,
      output_format: s,
      output_format_map: keyvals,
    }),
    quantitative_analysis: obj({
      performance_metrics: arr(obj({ type: s, value: s, slice: s, confidence_interval: obj({ lower_bound: s, upper_bound: s }) })),
      graphics,
    }),
    considerations: obj({ users: described, use_cases: described, limitations: described, tradeoffs: described, ethical_considerations: arr(risk) }),
  },
  { closed: true },
);
