class AddTenantToProjects < ActiveRecord::Migration[7.1]
  def change
    add_column :projects, :tenant_id, :bigint, null: false # mg:expect
  end
end
