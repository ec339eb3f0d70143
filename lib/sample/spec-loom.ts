/**
 * Specs of the manifests a project reads through dbt-loom.
 */
/** A public model of a project outside the mesh, injected by dbt-loom. */
export type ExternalModelSpec = {
  project: string;
  name: string;
  database: string;
  schema: string;
  version?: number;
  description?: string;
};

export type LoomSpec = {
  /** Projects of the mesh whose manifests this project reads. */
  upstream: {
    project: string;
    isOptional?: boolean;
    excludedPackages?: string[];
  }[];
  /** Manifests outside the mesh, read from a URL. */
  external: {
    project: string;
    url: string;
    isOptional?: boolean;
    models: ExternalModelSpec[];
  }[];
};
