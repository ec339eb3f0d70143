import { Badge } from "@/components/ui/badge";
import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import { Section } from "@/components/ui/section";
import { formatPeriod, type DetailsOf } from "@/lib/artifacts/node-details";
import { CodeList, DefinitionPanel } from "./definition-list";

/** A metric's type, for its header. */
export function MetricBadges({ metric }: { metric: DetailsOf<"metric"> }) {
  return metric.metricType ? (
    <Badge tone="accent">{metric.metricType} metric</Badge>
  ) : null;
}

/** How a metric is computed: from a measure, a ratio of metrics, or an expression over other metrics. */
export function MetricDefinition({ metric }: { metric: DetailsOf<"metric"> }) {
  return (
    <Section id="definition" title="Definition">
      <DefinitionPanel>
        <KeyValueList>
          <KeyValue label="Type">{metric.metricType}</KeyValue>
          {metric.measure ? (
            <KeyValue label="Measure">
              <CodeList items={[metric.measure]} label="Measure" />
            </KeyValue>
          ) : null}
          {metric.numerator ? (
            <KeyValue label="Numerator">
              <CodeList items={[metric.numerator]} label="Numerator" />
            </KeyValue>
          ) : null}
          {metric.denominator ? (
            <KeyValue label="Denominator">
              <CodeList items={[metric.denominator]} label="Denominator" />
            </KeyValue>
          ) : null}
          {metric.inputMetrics.length > 0 ? (
            <KeyValue label="From metrics">
              <CodeList
                label="Input metrics"
                items={metric.inputMetrics.map((m) =>
                  m.alias ? `${m.name} as ${m.alias}` : m.name,
                )}
              />
            </KeyValue>
          ) : null}
          {metric.expression ? (
            <KeyValue label="Expression">
              <code className="font-mono text-xs break-words">
                {metric.expression}
              </code>
            </KeyValue>
          ) : null}
          {metric.window ? (
            <KeyValue label="Window">{formatPeriod(metric.window)}</KeyValue>
          ) : null}
          {metric.filters.length > 0 ? (
            <KeyValue label="Filters">
              <CodeList items={metric.filters} label="Filters" />
            </KeyValue>
          ) : null}
        </KeyValueList>
      </DefinitionPanel>
    </Section>
  );
}
