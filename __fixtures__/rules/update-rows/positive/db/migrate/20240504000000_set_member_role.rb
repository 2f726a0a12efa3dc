class SetMemberRole < ActiveRecord::Migration[7.1]
  def up
    User.where(admin: false).update_all(role: "member") # mg:expect
  end

  def down
    raise ActiveRecord::IrreversibleMigration
  end
end
