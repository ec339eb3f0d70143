import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import { Section } from "@/components/ui/section";
import type { DetailsOf } from "@/lib/artifacts/node-details";
import { RelationName } from "../node-facts";
import { CodeList, DefinitionPanel } from "./definition-list";

/** A saved query: the metrics it asks for, how it groups and filters them, and where it exports. */
export function SavedQuerySections({
  query,
}: {
  query: DetailsOf<"saved_query">;
}) {
  return (
    <Section id="query" title="Query">
      <DefinitionPanel>
        <KeyValueList>
          <KeyValue label="Metrics">
            <CodeList items={query.metrics} label="Metrics" />
          </KeyValue>
          <KeyValue label="Group by">
            <CodeList items={query.groupBy} label="Group by" />
          </KeyValue>
          {query.where.length > 0 ? (
            <KeyValue label="Where">
              <CodeList items={query.where} label="Where" />
            </KeyValue>
          ) : null}
          {query.orderBy.length > 0 ? (
            <KeyValue label="Order by">
              <CodeList items={query.orderBy} label="Order by" />
            </KeyValue>
          ) : null}
          {query.limit !== null ? (
            <KeyValue label="Limit">{query.limit}</KeyValue>
          ) : null}
          {query.exports.map((exported) => (
            <KeyValue
              key={exported.name}
              label={`Exports as ${exported.exportAs ?? "table"}`}
            >
              {exported.relation ? (
                <RelationName relation={exported.relation} />
              ) : (
                exported.name
              )}
            </KeyValue>
          ))}
        </KeyValueList>
      </DefinitionPanel>
    </Section>
  );
}
