defmodule Shop.Repo.Migrations.RenameIndex do
  use Ecto.Migration
  import Ecto.Query

  def change do
    rename index(:posts, [:title], name: :posts_title_index), to: "posts_headline_index"
  end
end
