class CreateClearances < ActiveRecord::Migration[7.1]
  def up
    create_table :clearances do |t|
      t.string :level, null: false
    end
  end

  def down
    drop_table :clearances
  end
end
