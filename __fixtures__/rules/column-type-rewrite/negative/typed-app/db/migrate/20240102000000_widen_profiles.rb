class WidenProfiles < ActiveRecord::Migration[6.1]
  def up
    # string(50) → text, text → citext: PostgreSQL only updates its catalog.
    change_column :profiles, :headline, :text
    change_column :profiles, :bio, :citext
  end

  def down
    change_column :profiles, :headline, :string, limit: 50
    change_column :profiles, :bio, :text
  end
end
