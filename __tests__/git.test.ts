import { createGit, parseNameStatus } from "../src/adapters/git.js";
import { makeRepo, type Repo } from "./helpers/git-repo.js";

describe("git adapter", () => {
  let repo: Repo;
  afterEach(() => repo?.cleanup());

  it("parses name-status records, renames included, with names holding any byte but NUL", () => {
    const out = ["A", "db/a b.rb", "R100", "old.rb", "new\nline.rb", "D", "x;$(y).sql", "M", "m.rb", ""].join(
      "\0",
    );
    expect(parseNameStatus(out)).toEqual([
      { path: "db/a b.rb", status: "added" },
      { path: "new\nline.rb", status: "renamed", previousPath: "old.rb" },
      { path: "x;$(y).sql", status: "deleted" },
      { path: "m.rb", status: "modified" },
    ]);
  });

  it("lists added, modified, renamed and deleted files between two real commits and reads blobs", async () => {
    repo = makeRepo();
    repo.write("db/migrate/1_a.rb", "a\n");
    repo.write("db/migrate/2_b.rb", "b\n");
    repo.write("db/migrate/3_c.rb", "c is long enough to be detected as the same file after a rename\n");
    const base = repo.commit("base");
    repo.write("db/migrate/1_a.rb", "a changed\n");
    repo.remove("db/migrate/2_b.rb");
    repo.remove("db/migrate/3_c.rb");
    repo.write("db/migrate/4_c.rb", "c is long enough to be detected as the same file after a rename\n");
    repo.write("db/migrate/5_$(touch pwned)`x`;y.rb", "new\n");
    const head = repo.commit("head");
    const git = createGit(repo.dir);
    try {
      const files = await git.changedFiles(base, head);
      expect(files).toEqual(
        expect.arrayContaining([
          { path: "db/migrate/1_a.rb", status: "modified" },
          { path: "db/migrate/2_b.rb", status: "deleted" },
          { path: "db/migrate/4_c.rb", status: "renamed", previousPath: "db/migrate/3_c.rb" },
          { path: "db/migrate/5_$(touch pwned)`x`;y.rb", status: "added" },
        ]),
      );
      expect(files).toHaveLength(4);
      expect(Buffer.from((await git.readFile(head, "db/migrate/1_a.rb"))!).toString()).toBe("a changed\n");
      expect(Buffer.from((await git.readFile(base, "db/migrate/2_b.rb"))!).toString()).toBe("b\n");
      expect(await git.readFile(head, "db/migrate/2_b.rb")).toBeUndefined();
      expect((await git.listDir(head, "db/migrate")).sort()).toEqual(
        ["1_a.rb", "4_c.rb", "5_$(touch pwned)`x`;y.rb"].sort(),
      );
      // Folders are read through the one cat-file process: the top, a missing folder, a file where a folder was.
      expect(await git.listDir(head, "")).toEqual(["db"]);
      expect(await git.listDir(head, "db/nope")).toEqual([]);
      expect(await git.listDir(head, "db/migrate/1_a.rb")).toEqual([]);
      expect(await git.readFile(head, "db/migrate")).toBeUndefined();
      expect(await git.hasCommit(base)).toBe(true);
      expect(await git.hasCommit("0123456789012345678901234567890123456789")).toBe(false);
      expect(await git.isShallow()).toBe(false);
      const { existsSync } = await import("node:fs");
      expect(existsSync(`${repo.dir}/pwned`)).toBe(false);
    } finally {
      git.close();
    }
  });

  it("lists a folder's entries with whether each is a folder, a name with a newline too", async () => {
    repo = makeRepo();
    repo.write("prisma/schema.prisma", "x\n");
    repo.write("prisma/models/a.prisma", "y\n");
    repo.write("prisma/odd\nname/b.prisma", "z\n");
    const rev = repo.commit("tree");
    const git = createGit(repo.dir);
    try {
      const byName = (entries: { name: string }[]) => [...entries].sort((a, b) => (a.name < b.name ? -1 : 1));
      const expected = [
        { name: "models", folder: true },
        { name: "odd\nname", folder: true },
        { name: "schema.prisma", folder: false },
      ];
      expect(byName((await git.listEntries(rev, "prisma"))!)).toEqual(expected);
      expect(await git.listEntries(rev, "prisma/odd\nname")).toEqual([{ name: "b.prisma", folder: false }]);
      expect(await git.listEntries(rev, "prisma/schema.prisma")).toEqual([]);
      expect(await git.listEntries(rev, "nope")).toEqual([]);
      // Through ls-tree (a name with a newline), a failure is a folder that could not be listed, never an empty one.
      expect(await git.listEntries(rev, "prisma/no\nsuch")).toBeUndefined();
    } finally {
      git.close();
    }
  });

  it("reads many blobs through one process, in order", async () => {
    repo = makeRepo();
    for (let i = 0; i < 300; i++) repo.write(`m/${i}.sql`, `-- ${i}\n`.repeat(i % 7));
    const rev = repo.commit("many");
    const git = createGit(repo.dir);
    try {
      const blobs = await Promise.all(Array.from({ length: 300 }, (_, i) => git.readFile(rev, `m/${i}.sql`)));
      blobs.forEach((b, i) => expect(Buffer.from(b!).toString()).toBe(`-- ${i}\n`.repeat(i % 7)));
    } finally {
      git.close();
    }
  });
});
