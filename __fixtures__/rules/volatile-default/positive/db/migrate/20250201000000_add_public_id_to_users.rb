class AddPublicIdToUsers < ActiveRecord::Migration[7.1]
  def change
    add_column :users, :public_id, :uuid, default: -> { "gen_random_uuid()" } # mg:expect
  end
end
