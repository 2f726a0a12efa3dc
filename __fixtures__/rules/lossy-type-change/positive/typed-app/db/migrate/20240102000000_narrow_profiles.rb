class NarrowProfiles < ActiveRecord::Migration[6.1]
  def up
    change_column :profiles, :score, :integer # mg:expect
    change_column :profiles, :seen_at, :datetime, precision: 3 # mg:expect
    change_column :profiles, :bio, :string, limit: 20 # mg:expect
  end
end
