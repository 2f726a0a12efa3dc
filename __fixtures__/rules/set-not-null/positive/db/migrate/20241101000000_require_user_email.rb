class RequireUserEmail < ActiveRecord::Migration[7.1]
  def change
    change_column_null :users, :email, false # mg:expect
  end
end
