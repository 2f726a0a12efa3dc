class CreateProfiles < ActiveRecord::Migration[6.1]
  def change
    create_table :profiles do |t|
      t.string :headline, limit: 50
      t.text :bio
    end
  end
end
