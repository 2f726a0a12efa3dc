class DropLegacy < ActiveRecord::Migration[6.1]
  def up
    drop_table :legacy_reports
  end
end
