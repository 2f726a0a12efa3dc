class CreateProfiles < ActiveRecord::Migration[6.1]
  def up
    create_table :profiles do |t|
      t.bigint :score
      t.text :bio
      t.datetime :seen_at, precision: 6
    end
    # No history before the first migration: string(10) is narrow whatever `legacy.code` was.
    change_column :legacy, :code, :string, limit: 10 # mg:expect
  end
end
