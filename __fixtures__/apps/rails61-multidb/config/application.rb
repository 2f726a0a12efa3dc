require_relative "boot"
require "rails"
require "active_record/railtie"

module App
  class Application < Rails::Application
    config.load_defaults 6.1
    config.eager_load = false
    # Warnings and errors only: the deploy log should show the migration, not every query.
    config.log_level = :warn
    config.logger = Logger.new($stderr)
    # The test apps share one PostgreSQL; a schema dump after each migration is work nobody reads.
    config.active_record.dump_schema_after_migration = false
  end
end
