-- The mesh map reads only what crosses projects: the cross-project edges
-- (a few per project among hundreds of thousands of edges) and each
-- project's public models. Without these, both statements scanned far more
-- than they kept (a parallel scan of every edge; every model's heap row to
-- check its access), tens of milliseconds each at 100k nodes.
-- Also serves the refs of one mesh-map edge (consumer project, producer name).
CREATE INDEX edges_cross_project_idx ON edges (project_id, parent_project) WHERE is_cross_project;
CREATE INDEX nodes_public_models_idx ON nodes (project_id) WHERE resource_type = 'model' AND access = 'public';
