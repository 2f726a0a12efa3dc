class CreateClearances < ActiveRecord::Migration[7.1]
  def change
    create_table :clearances do |t|
      t.string :level
    end
  end
end
