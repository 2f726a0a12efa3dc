class CreateTeams < ActiveRecord::Migration[7.1]
  def change
    create_table :teams do |t|
      t.string :title
    end
    rename_column :teams, :title, :name
  end
end
