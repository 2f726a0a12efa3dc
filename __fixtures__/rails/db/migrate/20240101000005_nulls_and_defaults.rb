class NullsAndDefaults < ActiveRecord::Migration[6.1]
  def change
    change_column_null :users, :email, false
    change_column_null :users, :phone, true
    change_column_null :users, :locale, false, "en"
    change_column_default :users, :locale, from: nil, to: "en"
    change_column_default :users, :plan, "free"
    add_column :users, :uuid, :uuid, default: -> { "gen_random_uuid()" }, null: false
    add_column :users, :joined_at, :datetime, default: -> { "CURRENT_TIMESTAMP" }
    add_column :users, :score, :integer, default: 0, null: false
    add_column :users,
               :nickname,
               :string,
               limit: 40
  end
end
