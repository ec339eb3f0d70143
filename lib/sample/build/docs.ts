/**
 * Doc blocks: `{{ doc('name') }}` in a description arrives in the manifest
 * already rendered, with the block's unique_id listed in `doc_blocks`.
 */
import type { JsonObject } from "../serialize";
import type { DocSpec } from "../spec";

export type RenderedText = { text: string; docBlocks: string[] };

export type DocRenderer = {
  render: (text: string) => RenderedText;
  renderBlock: (name: string) => RenderedText;
};

const DOC_CALL = /\{\{\s*doc\(\s*'([^']+)'\s*\)\s*\}\}/g;

export function createDocRenderer(
  project: string,
  docs: DocSpec[],
): DocRenderer {
  const contents = new Map(docs.map((doc) => [doc.name, doc.contents]));
  const lookup = (name: string): string => {
    const found = contents.get(name);
    if (found === undefined)
      throw new Error(`${project}: unknown doc block ${name}`);
    return found;
  };
  const render = (text: string): RenderedText => {
    const docBlocks: string[] = [];
    const rendered = text.replace(DOC_CALL, (_call, name: string) => {
      docBlocks.push(`doc.${project}.${name}`);
      return lookup(name);
    });
    return { text: rendered, docBlocks };
  };
  return { render, renderBlock: (name) => render(`{{ doc('${name}') }}`) };
}

/** The `docs` section: the project's blocks plus dbt's own overview page. */
export function buildDocsSection(project: string, docs: DocSpec[]): JsonObject {
  const section: JsonObject = {};
  for (const doc of docs) {
    const id = `doc.${project}.${doc.name}`;
    section[id] = {
      name: doc.name,
      resource_type: "doc",
      package_name: project,
      path: `${doc.folder}/docs.md`,
      original_file_path: `models/${doc.folder}/docs.md`,
      unique_id: id,
      block_contents: doc.contents,
    };
  }
  section["doc.dbt.__overview__"] = {
    name: "__overview__",
    resource_type: "doc",
    package_name: "dbt",
    path: "overview.md",
    original_file_path: "docs/overview.md",
    unique_id: "doc.dbt.__overview__",
    block_contents: DBT_OVERVIEW,
  };
  return section;
}

const DBT_OVERVIEW = `### Welcome!

Welcome to the auto-generated documentation for your dbt project!

### Navigation

You can use the \`Project\` and \`Database\` navigation tabs on the left side of the window to explore the models
in your project.

#### Project Tab
The \`Project\` tab mirrors the directory structure of your dbt project. In this tab, you can see all of the
models defined in your dbt project, as well as models imported from dbt packages.

#### Database Tab
The \`Database\` tab also exposes your models, but in a format that looks more like a database explorer. This view
shows relations (tables and views) grouped into database schemas. Note that ephemeral models are _not_ shown
in this interface, as they do not exist in the database.

### Graph Exploration
You can click the blue icon on the bottom-right corner of the page to view the lineage graph of your models.

On model pages, you'll see the immediate parents and children of the model you're exploring. By clicking the \`Expand\`
button at the top-right of this lineage pane, you'll be able to see all of the models that are used to build,
or are built from, the model you're exploring.

Once expanded, you'll be able to use the \`--select\` and \`--exclude\` model selection syntax to filter the
models in the graph. For more information on model selection, check out the [dbt docs](https://docs.getdbt.com/docs/model-selection-syntax).

Note that you can also right-click on models to interactively filter and explore the graph.

---

### More information

- [What is dbt](https://docs.getdbt.com/docs/introduction)?
- Read the [dbt viewpoint](https://docs.getdbt.com/docs/viewpoint)
- [Installation](https://docs.getdbt.com/docs/installation)
- Join the [dbt Community](https://www.getdbt.com/community/) for questions and discussion`;
