class RenameBillingSchema < ActiveRecord::Migration[8.1]
  def change
    rename_schema :billing, :invoicing # mg:expect
  end
end
