class DropLegacyDatabase < ActiveRecord::Migration[6.1]
  def up
    execute "DROP DATABASE legacy_shop" # mg:expect
  end

  def down
    execute "CREATE DATABASE legacy_shop"
  end
end
