class DropAuditEntries < ActiveRecord::Migration[7.1]
  def change
    drop_table :audit_entries do |t| # mg:expect
      t.string :action
      t.timestamps
    end
  end
end
