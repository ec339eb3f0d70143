-- The warehouse relation a node builds or reads, as toRelationKey folds it
-- (relationKeySql in lib/governance/relation-key.ts renders this same
-- expression): the lineage walk finds the sources that read a model's
-- relation in another project, and the model a source reads, through it.
CREATE INDEX nodes_relation_key_idx ON nodes ((lower(coalesce(nodes.database_name, '')) || '.' || lower(coalesce(nodes.schema_name, '')) || '.' || lower(coalesce(nodes.alias, nodes.name))));
