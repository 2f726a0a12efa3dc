class RequireUsersEmailUnchecked < ActiveRecord::Migration[7.1]
  def up
    add_check_constraint :users, "email IS NOT NULL", name: "users_email_null", validate: false
    # validate_check_constraint :users, name: "users_email_null" is left for later
    change_column_null :users, :email, false # mg:expect
  end

  def down
    change_column_null :users, :email, true
  end
end
