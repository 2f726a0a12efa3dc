class AddScoreToUsers < ActiveRecord::Migration[7.1]
  def change
    add_column :users, :score, :integer, null: false, default: 0
    add_column :users, :bio, :text
  end
end
