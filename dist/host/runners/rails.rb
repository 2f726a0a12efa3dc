# Migration Guard's one-boot runner for Rails (6.1+), run by the supervisor as `bin/rails runner <this code>`:
# one boot of the app reads its database settings and the pending migrations, waits for the gate's decision
# on stdin, then migrates in the same process with the task `bin/rails db:migrate` runs (its schema dump
# included, where the app enables it).
#
# Protocol: stdout (fd 1 as the process started) carries only these lines; everything the app, a migration
# or a child process prints goes to stderr (fd 1 is pointed there), which the supervisor streams as output.
#   MG_DB <name> <adapter> / MG_PG NAME=value   each database of the environment (as the dbconfig preset)
#   ready                                      the app booted; commands are read from stdin (once its tasks
#                                              are loaded)
#   status <name> <rc> <stdout b64> <stderr b64>   answer to `status <name>`: what db:migrate:status printed
#                                              (`-` for an empty output)
#   start <version> <database> <name> / done <version> <database> <ms>   around each migration
#   migrated                                   db:migrate (and its post-actions) finished
# Commands on stdin: `status <name>`, `migrate`. Anything else, or end of input, exits without migrating.
begin
  mg_out = STDOUT.dup
  mg_out.sync = true
  STDOUT.reopen(STDERR)
  STDOUT.sync = true
  $mg_say = ->(line) { mg_out.write("#{line}\n") }
  ActiveRecord::Base.configurations.configs_for(env_name: Rails.env).each do |d|
    c = d.configuration_hash
    $mg_say.("MG_DB #{d.name} #{c[:adapter]}")
    { "PGHOST" => c[:host], "PGPORT" => c[:port], "PGDATABASE" => c[:database], "PGUSER" => c[:username],
      "PGPASSWORD" => c[:password], "PGSSLMODE" => c[:sslmode] }.each do |k, v|
      $mg_say.("MG_PG #{k}=#{v}") unless v.nil? || v.to_s.empty? || v.to_s.include?("\n")
    end
  end
  # The app has booted: the supervisor takes the database lock now (its commands wait on stdin meanwhile).
  $mg_say.("ready")
  # While it does: what the status reading needs and does not depend on the database's contents (the tasks,
  # the connection, the migration files). Nothing is read from the database here. The tasks failing to load
  # fails the runner (below); a connection that fails is left to the status reading, which reports it.
  require "base64"
  require "stringio"
  Rails.application.load_tasks
  begin
    ActiveRecord::Base.connection.migration_context.migrations
  rescue StandardError
    nil
  end
  while (line = STDIN.gets)
    case line.chomp
    when /\Astatus ([a-z]+)\z/
      name = Regexp.last_match(1)
      out = StringIO.new
      err = StringIO.new
      rc = 0
      saved = [$stdout, $stderr]
      begin
        $stdout = out
        $stderr = err
        if ActiveRecord.version < Gem::Version.new("7.1")
          # What `db:migrate:status` does up to Rails 7.0 (its load_config, then for each database
          # establish_connection and migrate_status), except that a database whose settings are those of
          # the connection opened above keeps it: a new one reads PostgreSQL's type map again (20-60 ms).
          load_config = Rake::Task["db:load_config"]
          load_config.reenable
          load_config.invoke
          ActiveRecord::Base.configurations.configs_for(env_name: ActiveRecord::Tasks::DatabaseTasks.env).each do |d|
            current = ActiveRecord::Base.connection_db_config
            same = current.name == d.name && current.configuration_hash == d.configuration_hash
            ActiveRecord::Base.establish_connection(d) unless same
            ActiveRecord::Tasks::DatabaseTasks.migrate_status
          end
        else
          task = Rake::Task["db:migrate:status"]
          task.reenable
          task.invoke
        end
      rescue SystemExit => e
        # `abort` (no migrations table yet) writes its line to $stderr and exits 1, as the command does.
        rc = e.status
      rescue Exception => e # rubocop:disable Lint/RescueException
        rc = 1
        err.puts("#{e.class}: #{e.message}")
      ensure
        $stdout, $stderr = saved
      end
      # An empty output is `-`: the words are split on runs of spaces.
      b64 = ->(text) { text.empty? ? "-" : Base64.strict_encode64(text) }
      $mg_say.("status #{name} #{rc} #{b64.(out.string)} #{b64.(err.string)}")
    when "migrate"
      ActiveRecord::Migrator.prepend(Module.new do
        def execute_migration_in_transaction(migration, *rest)
          db = ActiveRecord::Base.connection_db_config.name
          started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
          $mg_say.("start #{migration.version} #{db} #{migration.name}")
          result = super
          $mg_say.("done #{migration.version} #{db} #{((Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000).round}")
          result
        end
      end)
      Rake::Task["db:migrate"].invoke
      $mg_say.("migrated")
      exit 0
    else
      break
    end
  end
  exit 0
rescue SystemExit
  raise
rescue Exception => e # rubocop:disable Lint/RescueException
  # The migration (or the boot) failed: said on stderr as rake says it, and the exit code is not 0.
  warn "rails aborted!\n#{e.class}: #{e.message}\n#{e.backtrace&.first(20)&.join("\n")}"
  exit 1
end
