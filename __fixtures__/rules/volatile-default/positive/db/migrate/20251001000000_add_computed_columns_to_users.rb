class AddComputedColumnsToUsers < ActiveRecord::Migration[7.1]
  def up
    add_column :users, :public_id, :uuid, default: "gen_random_uuid()" # mg:expect
    add_column :users, :seen_token, :uuid, default: -> { "gen_random_uuid()" } # mg:expect
    add_column :users, :position, :bigserial # mg:expect
    add_column :users, :legacy_id, :primary_key # mg:expect
    add_column :users, :full_name, :virtual, type: :string, as: "first_name || ' ' || last_name", stored: true # mg:expect
    change_table :users do |t|
      t.serial :ticket # mg:expect
    end
  end

  def down
    remove_columns :users, :public_id, :seen_token, :position, :legacy_id, :full_name, :ticket
  end
end
