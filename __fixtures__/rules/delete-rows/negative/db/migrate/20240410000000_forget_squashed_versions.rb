class ForgetSquashedVersions < ActiveRecord::Migration[6.1]
  def up
    # The squashed migrations' rows in Rails' own table; no application data.
    execute "DELETE FROM schema_migrations WHERE version < '20240101000000'"
    execute "DELETE FROM ar_internal_metadata WHERE key = 'schema_sha1'"
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
