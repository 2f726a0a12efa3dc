class AddScoreToEvents < ActiveRecord::Migration[7.1]
  def up
    add_column :events, :score, :integer
  end

  def down
    change_column :events, :score, :string
    remove_column :events, :score
  end
end
