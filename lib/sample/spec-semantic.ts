/**
 * Specs of the semantic layer: semantic models, metrics, saved queries.
 */
export type SemanticModelSpec = {
  name: string;
  model: string;
  description: string;
  aggTimeDimension?: string;
  entities: {
    name: string;
    type: "primary" | "foreign" | "unique" | "natural";
    expr?: string;
  }[];
  dimensions: {
    name: string;
    type: "categorical" | "time";
    expr?: string;
    description?: string;
  }[];
  measures: {
    name: string;
    agg: "sum" | "count" | "count_distinct" | "average" | "max" | "min";
    expr?: string;
    description?: string;
  }[];
};

export type MetricSpec =
  | {
      name: string;
      label: string;
      description: string;
      type: "simple";
      measure: string;
      filter?: string;
    }
  | {
      name: string;
      label: string;
      description: string;
      type: "ratio";
      numerator: string;
      denominator: string;
    }
  | {
      name: string;
      label: string;
      description: string;
      type: "derived";
      expr: string;
      metrics: { name: string; alias?: string }[];
    };

export type SavedQuerySpec = {
  name: string;
  label: string;
  description: string;
  metrics: string[];
  groupBy: string[];
  where?: string[];
  exportAs: "table" | "view";
};
