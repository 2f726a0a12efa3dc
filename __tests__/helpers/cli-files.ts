// Files for the CLI's tests: a folder tree in a temp dir, and the Rails migrations they analyse.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A temp folder holding `files` (relative path → content). */
export function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "mg-cli-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export const DROP = `class RemoveLegacyEmail < ActiveRecord::Migration[6.1]
  def change
    remove_column :users, :legacy_email, :string
  end
end
`;

export const SAFE = `class CreateWidgets < ActiveRecord::Migration[6.1]
  def change
    create_table :widgets do |t|
      t.string :name
    end
  end
end
`;
