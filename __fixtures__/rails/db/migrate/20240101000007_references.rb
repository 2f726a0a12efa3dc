class AddAccountToProjects < ActiveRecord::Migration[6.1]
  disable_ddl_transaction!

  def change
    add_reference :projects, :account, foreign_key: true
    add_reference :projects, :owner, index: { algorithm: :concurrently }, null: false
    add_belongs_to :projects, :subject, polymorphic: true, index: false
    add_foreign_key :projects, :teams, validate: false
    validate_foreign_key :projects, :teams
    add_check_constraint :projects, "budget >= 0", name: "budget_positive", validate: false
    validate_check_constraint :projects, name: "budget_positive"
    remove_foreign_key :projects, :groups
    remove_check_constraint :projects, name: "old_check"
    remove_reference :projects, :legacy_owner, index: true
  end
end
