// Real Rails 6.1 and Django 3.2 apps for the deploy-safety and status suites, each on its own PostgreSQL
// database, with the health endpoints from docs/health-endpoints/ installed as a user would copy them.
// A template database per framework holds the first migration and seed rows, so every test copies it
// instead of booting the framework to migrate again.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { freePort, sleep } from "./ports.js";
import type { Postgres } from "./postgres.js";

/** Django 3.2 is installed for the system Python only (not a pyenv shim a login shell may put first). */
export const SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
export const PYTHON = "/usr/bin/python3";

function write(path: string, text: string, mode?: number): void {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
  if (mode) chmodSync(path, mode);
}

function run(argv: string[], cwd: string): void {
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PATH: SYSTEM_PATH },
  });
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed in ${cwd}: ${r.stderr}${r.stdout}`);
}

export interface App {
  dir: string;
  db: string;
}

// --- Rails ---------------------------------------------------------------------------------------------

export const RAILS_CREATE_USERS = `class CreateUsers < ActiveRecord::Migration[6.1]
  def change
    create_table :users do |t|
      t.string :name
      t.integer :score
    end
    execute "INSERT INTO users (name, score) SELECT 'user ' || g, g FROM generate_series(1, 500) g"
  end
end
`;

export function railsMigration(dir: string, version: string, name: string, body: string): void {
  const klass = name.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase());
  write(
    join(dir, `db/migrate/${version}_${name}.rb`),
    `class ${klass} < ActiveRecord::Migration[6.1]\n${body}\nend\n`,
  );
}

function writeRailsApp(dir: string, url: string): void {
  write(join(dir, "config/boot.rb"), "# system gems\n");
  write(
    join(dir, "config/application.rb"),
    [
      'require_relative "boot"',
      'require "rails"',
      'require "active_record/railtie"',
      'require "action_controller/railtie"',
      "module App",
      "  class Application < Rails::Application",
      "    config.load_defaults 6.1",
      "    config.eager_load = false",
      "    config.logger = Logger.new(nil)",
      "  end",
      "end",
      "",
    ].join("\n"),
  );
  write(
    join(dir, "config/environment.rb"),
    'require_relative "application"\nRails.application.initialize!\n',
  );
  write(
    join(dir, "config/routes.rb"),
    'Rails.application.routes.draw do\n  get "/health", to: "health#show"\n  get "/up", to: proc { [200, {}, ["up"]] }\nend\n',
  );
  write(join(dir, "config/database.yml"), `development:\n  url: ${JSON.stringify(url)}\n`);
  write(join(dir, "Rakefile"), 'require_relative "config/application"\nRails.application.load_tasks\n');
  write(
    join(dir, "bin/rails"),
    '#!/usr/bin/env ruby\nAPP_PATH = File.expand_path("../config/application", __dir__)\nrequire_relative "../config/boot"\nrequire "rails/commands"\n',
    0o755,
  );
  write(join(dir, "config.ru"), 'require_relative "config/environment"\nrun Rails.application\n');
  mkdirSync(join(dir, "app/controllers"), { recursive: true });
  copyFileSync(
    resolve("docs/health-endpoints/rails/health_controller.rb"),
    join(dir, "app/controllers/health_controller.rb"),
  );
  write(join(dir, "db/migrate/20240101000000_create_users.rb"), RAILS_CREATE_USERS);
}

// --- Django --------------------------------------------------------------------------------------------

export function djangoMigration(dir: string, name: string, previous: string, operations: string): void {
  write(
    join(dir, `shop/migrations/${name}.py`),
    `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [("shop", "${previous}")]\n    operations = [\n${operations}\n    ]\n`,
  );
}

function writeDjangoApp(dir: string, db: string, port: number): void {
  write(
    join(dir, "manage.py"),
    [
      "#!/usr/bin/env python3",
      "import os, sys",
      'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_cfg.settings")',
      "from django.core.management import execute_from_command_line",
      "execute_from_command_line(sys.argv)",
      "",
    ].join("\n"),
    0o755,
  );
  write(join(dir, "site_cfg/__init__.py"), "");
  write(
    join(dir, "site_cfg/settings.py"),
    [
      'SECRET_KEY = "test-only"',
      "DEBUG = False",
      'ALLOWED_HOSTS = ["127.0.0.1", "localhost"]',
      'INSTALLED_APPS = ["shop"]',
      'ROOT_URLCONF = "site_cfg.urls"',
      "USE_TZ = True",
      'DEFAULT_AUTO_FIELD = "django.db.models.AutoField"',
      "DATABASES = {",
      '    "default": {',
      '        "ENGINE": "django.db.backends.postgresql",',
      `        "NAME": ${JSON.stringify(db)},`,
      '        "USER": "postgres",',
      '        "HOST": "127.0.0.1",',
      `        "PORT": "${port}",`,
      "    }",
      "}",
      "",
    ].join("\n"),
  );
  copyFileSync(resolve("docs/health-endpoints/django/health.py"), join(dir, "site_cfg/health.py"));
  write(
    join(dir, "site_cfg/urls.py"),
    'from django.http import HttpResponse\nfrom django.urls import path\nfrom .health import health\n\nurlpatterns = [path("health", health), path("up", lambda r: HttpResponse("up"))]\n',
  );
  write(join(dir, "shop/__init__.py"), "");
  write(
    join(dir, "shop/migrations/0001_initial.py"),
    [
      "from django.db import migrations, models",
      "",
      "",
      "class Migration(migrations.Migration):",
      "    initial = True",
      "    dependencies = []",
      "    operations = [",
      '        migrations.CreateModel("Item", [("id", models.AutoField(primary_key=True)), ("name", models.CharField(max_length=50))]),',
      "        migrations.RunSQL(\"INSERT INTO shop_item (name) SELECT 'item ' || g FROM generate_series(1, 300) g\"),",
      "    ]",
      "",
    ].join("\n"),
  );
  write(join(dir, "shop/migrations/__init__.py"), "");
}

// --- factories -----------------------------------------------------------------------------------------

export interface Apps {
  rails(name: string): Promise<App>;
  django(name: string): Promise<App>;
}

/** Template databases are made on first use: one framework boot per suite, not per test. */
export function appFactory(pg: Postgres, root: string): Apps {
  let railsTemplate: Promise<string> | undefined;
  let djangoTemplate: Promise<string> | undefined;
  const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    async rails(name) {
      railsTemplate ??= (async () => {
        const db = `mg_tpl_rails_${suffix}`;
        await pg.createDatabase(db);
        const dir = join(root, "rails-template");
        writeRailsApp(dir, pg.url(db));
        run(["bin/rails", "db:migrate"], dir);
        return db;
      })();
      const template = await railsTemplate;
      const db = `mg_${name}_${suffix}`;
      await pg.createDatabase(db, { template });
      const dir = join(root, name);
      writeRailsApp(dir, pg.url(db));
      return { dir, db };
    },
    async django(name) {
      djangoTemplate ??= (async () => {
        const db = `mg_tpl_django_${suffix}`;
        await pg.createDatabase(db);
        const dir = join(root, "django-template");
        writeDjangoApp(dir, db, pg.port);
        run([PYTHON, "manage.py", "migrate", "--no-input"], dir);
        return db;
      })();
      const template = await djangoTemplate;
      const db = `mg_${name}_${suffix}`;
      await pg.createDatabase(db, { template });
      const dir = join(root, name);
      writeDjangoApp(dir, db, pg.port);
      return { dir, db };
    },
  };
}

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Serves an app over HTTP on loopback until stopped: Rails with WEBrick, Django with runserver. */
export async function serve(kind: "rails" | "django", dir: string): Promise<Server> {
  const port = await freePort();
  const argv =
    kind === "rails"
      ? ["bin/rails", "server", "-b", "127.0.0.1", "-p", String(port), "-P", join(dir, "server.pid")]
      : [PYTHON, "manage.py", "runserver", `127.0.0.1:${port}`, "--noreload"];
  const child: ChildProcess = spawn(argv[0], argv.slice(1), {
    cwd: dir,
    env: { ...process.env, PATH: SYSTEM_PATH },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/up`);
      if (r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (child.exitCode !== null) throw new Error(`the ${kind} server exited: ${log}`);
    if (Date.now() > deadline) throw new Error(`the ${kind} server did not answer /up in 30 s: ${log}`);
    await sleep(200);
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
        // A pending timer would keep jest alive after the suite.
        clearTimeout(timer);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    },
  };
}
