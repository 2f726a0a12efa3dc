class RequireUsersEmail < ActiveRecord::Migration[7.1]
  def up
    add_check_constraint :users, "email IS NOT NULL", name: "users_email_null", validate: false
    validate_check_constraint :users, name: "users_email_null"
    change_column_null :users, :email, false
    remove_check_constraint :users, name: "users_email_null"
    change_column_null :users, :bio, true
  end

  def down
    change_column_null :users, :email, true
  end
end
