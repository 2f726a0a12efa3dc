class AddPlainColumnsToUsers < ActiveRecord::Migration[7.1]
  def up
    # add_column :users, :public_id, :uuid, default: "gen_random_uuid()"
    add_column :users, :note, :string, default: "gen_random_uuid()"
    add_column :users, :seen_at, :datetime, default: -> { "now()" }
    add_column :users, :settings, :json
    add_column :users, :prefs, :jsonb, default: {}
    add_column :users, :initials, :virtual, type: :string, as: "left(first_name, 1)"
    add_column :users, :nickname, :uuid, default: "00000000-0000-0000-0000-000000000000"
    create_table :tokens do |t|
      t.uuid :value, default: "gen_random_uuid()"
      t.bigserial :position
    end
  end

  def down
    add_column :users, :public_id, :uuid, default: "gen_random_uuid()"
    add_column :users, :position, :bigserial
  end
end
